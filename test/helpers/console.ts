/** Captures console.warn calls while `run` executes. */
export async function captureWarnings(run: () => Promise<void> | void): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}
