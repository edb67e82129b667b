// Waits until a URL answers 200 (instance B waits for instance A, which prepares the database).
const url = process.argv[2];
for (;;) {
  try {
    if ((await fetch(url)).ok) process.exit(0);
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 1000));
}
