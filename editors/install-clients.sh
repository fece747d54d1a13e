#!/usr/bin/env bash
# Installs the editors that tests/editors.rs drives: Neovim (0.7 or later) and Emacs with
# eglot (elpa-eglot before Emacs 29; built in from 29 on). With apt-get, as root, only what
# is missing; otherwise it prints what to install and exits 0: the tests skip what is absent.
# A failed apt-get exits non-zero.
set -euo pipefail

have_nvim() { command -v nvim >/dev/null 2>&1; }
have_eglot() {
  command -v emacs >/dev/null 2>&1 &&
    emacs --batch --eval \
      "(progn (require 'package) (package-initialize) (kill-emacs (if (require 'eglot nil t) 0 3)))" \
      >/dev/null 2>&1
}

versions() {
  if have_nvim; then echo "editors: $(nvim --version | head -n1)"; fi
  if have_eglot; then echo "editors: $(emacs --version | head -n1) with eglot"; fi
}

if have_nvim && have_eglot; then
  versions
  exit 0
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "editors: not installing (needs root and apt-get). For tests/editors.rs install:"
  echo "  Neovim 0.7 or later            (Debian: neovim)"
  echo "  Emacs, with eglot before 29    (Debian: emacs-nox elpa-eglot)"
  echo "The tests skip an editor that is absent."
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
echo "editors: apt-get update"
apt-get update -qq
packages=()
have_nvim || packages+=(neovim)
if ! have_eglot; then
  command -v emacs >/dev/null 2>&1 || packages+=(emacs-nox)
  # Emacs 29 and later carry eglot; Debian packages it separately for Emacs 28.
  if apt-cache show elpa-eglot >/dev/null 2>&1; then packages+=(elpa-eglot); fi
fi
echo "editors: apt-get install ${packages[*]}"
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
versions
