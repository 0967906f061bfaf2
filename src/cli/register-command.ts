import type { Command } from "commander";
import type { CliIo } from "./cli-io.js";

/** Each subcommand registers itself on the program and sets `exitCode` through the holder it is given. */
export type RegisterCommand = (program: Command, io: CliIo, result: { exitCode: number }) => void;
