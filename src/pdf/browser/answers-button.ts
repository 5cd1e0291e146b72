/** Placeholder until the answers PDF lands: see answers.ts. */
export async function handleAnswersPdfClick(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
}
