import fc from "fast-check";

/**
 * Property tests draw their cases from one fixed seed, so `npm test` (and CI) checks the same cases on
 * every run and a failure seen once is seen again. `FC_SEED=random npm test` (or any number) explores
 * other cases; a failure prints the seed that reproduces it.
 */
const seed = process.env.FC_SEED;
if (seed !== "random") fc.configureGlobal({ seed: seed === undefined ? 20_261_130 : Number(seed) });
