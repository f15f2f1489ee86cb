#!/usr/bin/env bash
# The Debian packages the edition needs, and their check: `make` runs `system_packages.sh
# build` when it first makes the environment (what the build needs: WeasyPrint's libraries),
# `make test` runs `system_packages.sh` (what the tests need: those and the tools of the
# tests) first, and `.ci/run` only runs `make test`. This file is the only list of them.
#
# Nothing missing: prints nothing, exits 0 (one dpkg-query, a few milliseconds).
# Something missing, run as root with apt-get: installs it (apt-get update first).
# Something missing otherwise: exits 1 with the `sudo apt-get install` line to run.
#
# Bash builtins only, besides id, dpkg-query and apt-get (tests/test_make.py runs it with
# stubs of those three and nothing else on PATH).
set -euo pipefail

purpose="${1:-test}"
case "$purpose" in
  build) who="The build needs"; command="make" ;;
  test) who="The tests need"; command="make test" ;;
  *) echo "usage: system_packages.sh [build|test]" >&2; exit 2 ;;
esac

packages=(
  # WeasyPrint's Pango (with FreeType/fontconfig) and HarfBuzz with its font subsetter
  # (without libharfbuzz-subset0 WeasyPrint warns, and a warning fails the build)
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1 fontconfig
)
if [ "$purpose" = test ]; then
  packages+=(
    # pdftoppm and pdftotext, for the PDF tests
    poppler-utils
    # Debian's chromium for the browser tests (never `playwright install`)
    chromium
  )
  # a Java runtime for the Nu HTML checker (npm, which installs the checker, comes with
  # the machine's Node.js), unless there is one already
  command -v java >/dev/null || packages+=(default-jre-headless)
fi

if ! command -v dpkg-query >/dev/null; then
  echo "system packages: no dpkg-query (not Debian), not checked; ${who,}: ${packages[*]}" >&2
  exit 0
fi

declare -A installed=()
while read -r name status; do
  if [ "$status" = installed ]; then installed[$name]=1; fi
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for package in "${packages[@]}"; do
  if [ -z "${installed[$package]:-}" ]; then missing+=("$package"); fi
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "system packages: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

{
  echo "$who system packages that are not installed: ${missing[*]}."
  echo "Install them (or run \`$command\` as root, which does):"
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}"
} >&2
exit 1
