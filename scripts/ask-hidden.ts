// Asks for a secret on the terminal without echoing it.
import readline from "node:readline";

export function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("No terminal to ask for a password: set HERITAGE_USER_PASSWORD.");
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void };
  let muted = false;
  out._writeToOutput = (s) => process.stdout.write(muted ? "" : s);
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}
