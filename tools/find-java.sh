# Finds a Java of at least $min_java for ./newssearch and tools/solr-cluster (sourced by both, not run):
#   java_major PATH   the major version of the java at PATH (17, 21, 25)
#   find_java         the first java of $min_java or newer in JAVA_HOME, PATH and /usr/lib/jvm (newest first)
# Both run in every start of the launcher, so they use bash's own string handling rather than a process per step.

java_major() {
    local version="" resolved line
    # A JDK's release file names its version; reading it is much faster than starting a JVM to ask.
    resolved="$1"
    # Only a link itself needs resolving (a readlink process); a folder of links on the way holds the JDK's files.
    [[ -L "$1" ]] && resolved="$(readlink -f "$1")"
    if [[ -f "${resolved%/*/*}/release" ]]; then
        while IFS= read -r line; do
            if [[ "$line" =~ ^JAVA_VERSION=\"([0-9][0-9.]*) ]]; then
                version="${BASH_REMATCH[1]}"
                break
            fi
        done < "${resolved%/*/*}/release"
    fi
    if [[ -z "$version" ]]; then
        version="$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9.]*\).*/\1/p' | head -n 1)" || return 1
    fi
    version="${version#1.}"
    echo "${version%%.*}"
}

find_java() {
    local candidate major jvm pass candidates=()
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
    # The system's JVM folder, newest first, so a JDK 25 beside the default 17 is found; listed only when JAVA_HOME
    # and PATH have no Java new enough, since listing and sorting it are two processes more on every start.
    for pass in given system; do
        if [[ "$pass" == system ]]; then
            candidates=()
            for jvm in $(ls -d /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -rV); do
                candidates+=("${jvm%/}/bin/java")
            done
        fi
        for candidate in "${candidates[@]}"; do
            [[ -x "$candidate" ]] || continue
            major="$(java_major "$candidate" 2>/dev/null || true)"
            if [[ -n "$major" && "$major" -ge "$min_java" ]]; then
                echo "$candidate"
                return 0
            fi
        done
    done
    return 1
}
