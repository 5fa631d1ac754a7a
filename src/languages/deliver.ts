// What a pack file of the drop-in (dist/guichet-securite.<locale>.js) runs: it
// hands its pack to the drop-in through the one global, GuichetSecurite. Loaded
// before the drop-in, it leaves the pack there for the drop-in to take.
interface DropIn {
  registerLanguagePack?: (pack: unknown) => boolean;
  pendingLanguagePacks?: unknown[];
}

export function deliverPack(pack: unknown): void {
  const scope = globalThis as { GuichetSecurite?: DropIn };
  const dropIn = scope.GuichetSecurite;
  if (typeof dropIn?.registerLanguagePack === 'function') dropIn.registerLanguagePack(pack);
  else {
    scope.GuichetSecurite = dropIn ?? {};
    (scope.GuichetSecurite.pendingLanguagePacks ??= []).push(pack);
  }
}
