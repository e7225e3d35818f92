# Sourced by ./mvnw: Vaadin 25 and Spring Boot 4 need a JDK >= 21. When JAVA_HOME (or the java on
# PATH) is older, pick the newest JDK >= 21 under /usr/lib/jvm (or $PORTAL_JDK_SEARCH_PATH).
portal_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
portal_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
portal_current_java="${portal_current_java:-$(command -v java || true)}"
portal_current_major="$( [ -n "$portal_current_java" ] && portal_java_major "$portal_current_java" || echo 0)"
if [ "${portal_current_major:-0}" -lt 21 ]; then
  for portal_jdk in $(find "${PORTAL_JDK_SEARCH_PATH:-/usr/lib/jvm}" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -rV); do
    if [ -x "$portal_jdk/bin/javac" ] && [ "$(portal_java_major "$portal_jdk/bin/java")" -ge 21 ]; then
      export JAVA_HOME="$portal_jdk"
      break
    fi
  done
fi
unset portal_current_java portal_current_major portal_jdk
