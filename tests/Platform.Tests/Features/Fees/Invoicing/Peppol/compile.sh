#!/usr/bin/env bash
# Compiles the Schematron rules beside this script into SaxonJS stylesheets (*.sef.json), which
# validate.js runs. Run it again after replacing a .sch file (it takes a few minutes of CPU):
#   bash build/install-test-tools.sh xslt3 && bash tests/Platform.Tests/Features/Fees/Invoicing/Peppol/compile.sh
# Schematron -> XSLT 2.0 with SchXslt (schxslt/), then XSLT -> SEF with xslt3, both under SaxonJS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
xslt3="$here/../../../../../../.tools/xslt3/node_modules/.bin/xslt3"
[[ -x $xslt3 ]] || { echo "xslt3 is missing: run build/install-test-tools.sh xslt3" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$xslt3" -xsl:"$here/schxslt/pipeline-for-svrl.xsl" -export:"$work/schxslt.sef.json" -nogo
for rules in PEPPOL-EN16931-UBL CEN-EN16931-UBL; do
  "$xslt3" -xsl:"$work/schxslt.sef.json" -s:"$here/$rules.sch" -o:"$work/$rules.xsl"
  "$xslt3" -xsl:"$work/$rules.xsl" -export:"$here/$rules.sef.json" -nogo -relocate:on
  echo "compiled $rules.sef.json"
done
# The rule files the stylesheets were made from: PeppolRules checks that they still match.
(cd "$here" && sha256sum PEPPOL-EN16931-UBL.sch CEN-EN16931-UBL.sch > compiled-from.sha256)
