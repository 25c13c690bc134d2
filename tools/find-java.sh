# Finds a Java of at least $min_java for ./newssearch and tools/solr-cluster (sourced by both, not run):
#   java_major PATH   the major version of the java at PATH (17, 21, 25)
#   find_java         the first java of $min_java or newer in JAVA_HOME, PATH and /usr/lib/jvm (newest first)

java_major() {
    local version release
    # A JDK's release file names its version; reading it is much faster than starting a JVM to ask.
    release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
    if [[ -f "$release" ]]; then
        version="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$release" | head -n 1)"
    fi
    if [[ -z "${version:-}" ]]; then
        version="$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9.]*\).*/\1/p' | head -n 1)" || return 1
    fi
    version="${version#1.}"
    echo "${version%%.*}"
}

find_java() {
    local candidates=()
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
    # The system's JVM folder: newest first, so a JDK 25 beside the default 17 is found.
    local jvm
    for jvm in $(ls -d /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -rV); do
        candidates+=("${jvm%/}/bin/java")
    done
    local candidate major
    for candidate in "${candidates[@]}"; do
        [[ -x "$candidate" ]] || continue
        major="$(java_major "$candidate" 2>/dev/null || true)"
        if [[ -n "$major" && "$major" -ge "$min_java" ]]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
