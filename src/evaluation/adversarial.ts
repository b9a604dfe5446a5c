/**
 * Adversarial inputs for the analysis, built at a given size: the shapes a
 * hostile or broken page can hand it. Used by the benchmark and by the
 * test that catches super-linear blow-ups.
 */
export interface AdversarialCase {
  name: string;
  /** Builds an input of about `chars` characters. */
  build: (chars: number) => string;
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars);
}

export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  {
    name: 'one huge paragraph',
    build: (n) =>
      repeatTo('The minister said the plan, which officials described as "bold", would work. ', n),
  },
  { name: 'unmatched quote marks', build: (n) => repeatTo('" “ ‘ \' ', n) },
  { name: 'nested quote marks', build: (n) => repeatTo('“‘"\'', n) },
  { name: 'no spaces at all', build: (n) => repeatTo('saidclaimedaccordingtoDr.Mr.U.S.', n) },
  { name: 'reporting verbs in a row', build: (n) => repeatTo('said ', n) },
  { name: 'verbs, commas and appositives', build: (n) => repeatTo('he, a, said, who, told, ', n) },
  { name: 'full stops and capitals', build: (n) => repeatTo('Dr. A. B. U.S. Mr. ', n) },
];
