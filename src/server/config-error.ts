/** A configuration problem, with the variable it concerns, reported before the server starts. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    /** What is wrong and what to do, without the variable's name. */
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}
