// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["lib/", "dist/", "node_modules/", "coverage/", "bin/", "examples/**/repo/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is pure: no I/O, no environment, no clock, no GitHub or git libraries.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(node:)?(fs|fs/promises|child_process|net|http|https|os|process|worker_threads)$",
              message: "src/core is pure: do I/O in an adapter and pass the value in.",
            },
            { regex: "^(@actions/|@octokit/|probot|simple-git)", message: "src/core is pure." },
            {
              regex: "^\\.\\./\\.\\./(adapters|runner|cli|app|action)/",
              message: "src/core imports nothing outside itself.",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment at the edges." },
        { object: "Date", property: "now", message: "Inject a clock." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date']", message: "Inject a clock." },
      ],
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
