// Runs the Peppol BIS Billing 3.0 rules (the Peppol rules and CEN's EN 16931 rules, compiled to
// SaxonJS stylesheets by compile.sh) over every .xml file in a folder, in one process.
// Usage: NODE_PATH=.tools/xslt3/node_modules node validate.js FOLDER
// Prints one JSON array: [{ file, failures: [{ rules, id, flag, location, text }] }] (warnings included).
'use strict';
const fs = require('fs');
const path = require('path');
const SaxonJS = require('saxon-js');

const folder = process.argv[2];
const sets = ['PEPPOL-EN16931-UBL', 'CEN-EN16931-UBL'].map(name => ({
  name,
  sef: JSON.parse(fs.readFileSync(path.join(__dirname, `${name}.sef.json`), 'utf8')),
}));
const failed = "array { (//svrl:failed-assert, //svrl:successful-report) ! map { 'id': string(@id), 'flag': string(@flag), " +
  "'location': string(@location), 'text': normalize-space(svrl:text) } }";
const results = fs.readdirSync(folder).filter(f => f.endsWith('.xml')).sort().map(file => {
  const source = fs.readFileSync(path.join(folder, file), 'utf8');
  const failures = sets.flatMap(({ name, sef }) => {
    const svrl = SaxonJS.transform({ stylesheetInternal: sef, sourceText: source, destination: 'document' }).principalResult;
    return SaxonJS.XPath.evaluate(failed, svrl, { namespaceContext: { svrl: 'http://purl.oclc.org/dsdl/svrl' } })
      .map(f => ({ rules: name, ...f }));
  });
  return { file, failures };
});
process.stdout.write(JSON.stringify(results));
