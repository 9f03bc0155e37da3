#!/usr/bin/env bash
# Installs the native toolchains that the code-sample tests use to prove each
# language's snippets parse (layer two) and pass the intended values (round trip),
# and the headless browser the HTML docs preview is tested in (Debian's chromium,
# driven by playwright-core from package.json; no browser is downloaded by npm).
# Idempotent and quick when everything is present: apt is touched only when a
# command is missing. Needs root (or sudo) and Debian's package archive.
set -euo pipefail

# command that proves the toolchain is there -> Debian package that provides it
declare -A PACKAGE_FOR_COMMAND=(
  [python3]=python3
  [ruby]=ruby
  [php]=php-cli
  [gofmt]=golang-go
  [go]=golang-go
  [javac]=default-jdk-headless
  [java]=default-jdk-headless
  [mcs]=mono-mcs
  [mono]=mono-runtime
  [chromium]=chromium
)

missing_packages=()
for command_name in python3 ruby php gofmt go javac java mcs mono chromium; do
  if ! command -v "$command_name" >/dev/null 2>&1; then
    package="${PACKAGE_FOR_COMMAND[$command_name]}"
    [[ " ${missing_packages[*]} " == *" $package "* ]] || missing_packages+=("$package")
  fi
done

if [ "${#missing_packages[@]}" -eq 0 ]; then
  echo "install-toolchains: all toolchains present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-toolchains: need root to install: ${missing_packages[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "install-toolchains: installing ${missing_packages[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
echo "install-toolchains: done"
