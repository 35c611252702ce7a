# Sourced by scripts/setup.sh and scripts/debian-route.sh.
# apt_install PKG...: installs the Debian packages that are missing (apt-get update first,
# once per run); does nothing, quickly, when all are present. Waits for another apt/dpkg run
# to release its lock instead of failing.
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $apt_updated -eq 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
    "${missing[@]}" >/dev/null
}
