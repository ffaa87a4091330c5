#!/bin/sh
# Installs the Debian packages the project needs when they are missing:
#   tesseract-ocr (+ ces slk pol hun eng): OCR of scanned PDF pages (s4s ingest)
#   chromium: real-browser tests of the built site
#   fonts-dejavu-core: Unicode fonts for rendering the example PDFs
#   poppler-utils: pdfinfo/pdftoppm used by tests and scripts
set -eu
missing=""
command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr"
for lang in ces slk pol hun eng; do
  [ -f "/usr/share/tesseract-ocr/5/tessdata/$lang.traineddata" ] || [ -f "/usr/share/tesseract-ocr/4.00/tessdata/$lang.traineddata" ] \
    || missing="$missing tesseract-ocr-$lang"
done
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$missing fonts-dejavu-core"
command -v pdfinfo >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -z "$missing" ] && exit 0
echo "Installing Debian packages:$missing"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not found: install$missing with your package manager" >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
