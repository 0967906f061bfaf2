/** The `maestro` command line. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  await Promise.resolve();
  process.stdout.write(`maestro: not implemented yet (${argv.join(" ")})\n`);
  return 0;
}
