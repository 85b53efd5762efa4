// Reads every data package given on the command line with the official Frictionless JavaScript libraries
// (datapackage-js, tableschema-js): the descriptor must be a valid tabular data package and every resource must
// read and cast as declared (encoding, dialect, header = field names, types). Prints one JSON report on stdout:
// [{"package": path, "errors": [...], "resources": [{"name", "rows"}]}]; exit code 0 even when errors are found
// (the Java test reads the report), 2 when the script itself fails.
'use strict';
const path = require('path');
const { Package } = require('datapackage');

async function check(descriptorPath) {
  const report = { package: descriptorPath, errors: [], resources: [] };
  const pkg = await Package.load(path.resolve(descriptorPath), { basePath: path.dirname(path.resolve(descriptorPath)) });
  if (!pkg.valid) {
    for (const e of pkg.errors) report.errors.push(`descriptor: ${e.message}`);
  }
  for (const resource of pkg.resources) {
    if (!resource.valid) {
      for (const e of resource.errors) report.errors.push(`${resource.name}: descriptor: ${e.message}`);
    }
    if (!resource.tabular) {
      report.errors.push(`${resource.name}: not tabular`);
      continue;
    }
    try {
      const rows = await resource.read({ cast: true });
      const headers = resource.headers;
      const names = resource.schema.fieldNames;
      if (JSON.stringify(headers) !== JSON.stringify(names)) {
        report.errors.push(`${resource.name}: header ${JSON.stringify(headers)} does not match the field names ${JSON.stringify(names)}`);
      }
      report.resources.push({ name: resource.name, rows: rows.length });
    } catch (e) {
      const details = (e.errors || []).map((x) => x.message).join('; ');
      report.errors.push(`${resource.name}: ${e.message}${details ? ' — ' + details : ''}`);
    }
  }
  return report;
}

(async () => {
  const reports = [];
  for (const p of process.argv.slice(2)) {
    try {
      reports.push(await check(p));
    } catch (e) {
      reports.push({ package: p, errors: [`cannot load: ${e.message}`], resources: [] });
    }
  }
  process.stdout.write(JSON.stringify(reports));
})().catch((e) => { console.error(e); process.exit(2); });
