/**
 * Trains the rules parser's second opinion (src/intents/rules/bayes.ts) on the labelled messages in
 * test/fixtures and writes src/intents/rules/intent-model.json. Run after a labelled set is added:
 * `npm run train:intents`. A blind set stays out of this list until it has been scored, or it measures nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { trainBayes, type BayesModel, type LabelledText } from "../src/intents/rules/bayes.ts";

export const TRAINING_SETS = [
  "parser-fresh.jsonl",
  "parser-fresh-2.jsonl",
  "parser-fresh-3.jsonl",
  "parser-fresh-4.jsonl",
  "parser-fresh-5.jsonl",
  "parser-fresh-6.jsonl",
  "parser-fresh-7.jsonl",
  "parser-fresh-8.jsonl",
  "parser-fresh-9.jsonl",
  "parser-fresh-10.jsonl",
  "parser-fresh-11.jsonl",
  "parser-fresh-12.jsonl",
  "parser-fresh-13.jsonl",
  "parser-fresh-14.jsonl",
  "parser-fresh-15.jsonl",
  "parser-fresh-16.jsonl",
  "parser-fresh-17.jsonl",
  "parser-fresh-18.jsonl",
  "parser-fresh-19.jsonl",
  "parser-fresh-20.jsonl",
  "parser-fresh-21.jsonl",
  "parser-fresh-22.jsonl",
  "parser-fresh-23.jsonl",
  "parser-fresh-24.jsonl",
  "parser-fresh-25.jsonl",
  "parser-fresh-26.jsonl",
  "parser-fresh-27.jsonl",
  "parser-fresh-28.jsonl",
  "parser-fresh-29.jsonl",
  "parser-fresh-30.jsonl",
  "parser-fresh-31.jsonl",
  "parser-fresh-32.jsonl",
  "parser-fresh-33.jsonl",
  "parser-fresh-34.jsonl",
  "parser-fresh-35.jsonl",
  "parser-fresh-36.jsonl",
  "parser-fresh-37.jsonl",
  "parser-fresh-38.jsonl",
  "parser-fresh-39.jsonl",
  "parser-fresh-40.jsonl",
  "parser-fresh-41.jsonl",
  "parser-fresh-42.jsonl",
  "parser-fresh-43.jsonl",
  "parser-fresh-44.jsonl",
  "parser-fresh-45.jsonl",
  "parser-fresh-46.jsonl",
  "parser-fresh-47.jsonl",
  "parser-fresh-48.jsonl",
  "parser-fresh-49.jsonl",
  "parser-fresh-50.jsonl",
  "parser-fresh-51.jsonl",
  "parser-fresh-52.jsonl",
  "parser-fresh-53.jsonl",
  "parser-fresh-54.jsonl",
  "parser-fresh-55.jsonl",
  "parser-fresh-57.jsonl",
  "parser-fresh-56.jsonl",
  "parser-fresh-60.jsonl",
  "parser-fresh-58.jsonl",
  "parser-fresh-59.jsonl",
  "parser-fresh-61.jsonl",
  "parser-fresh-62.jsonl",
  "parser-fresh-63.jsonl",
  "parser-fresh-65.jsonl",
  "parser-fresh-64.jsonl",
  "parser-fresh-66.jsonl",
  "parser-fresh-67.jsonl",
  "parser-fresh-70.jsonl",
  "parser-fresh-71.jsonl",
  "parser-fresh-72.jsonl",
  "parser-fresh-73.jsonl",
  "parser-fresh-74.jsonl",
  "parser-fresh-75.jsonl",
  "parser-fresh-76.jsonl",
  "parser-fresh-77.jsonl",
  "parser-fresh-78.jsonl",
  "parser-fresh-79.jsonl",
  "parser-fresh-80.jsonl",
  "parser-fresh-81.jsonl",
  "parser-fresh-82.jsonl",
  "parser-fresh-83.jsonl",
  "parser-fresh-84.jsonl",
  "parser-fresh-85.jsonl",
  "parser-fresh-86.jsonl",
  "parser-fresh-87.jsonl",
  "parser-fresh-88.jsonl",
  "parser-fresh-89.jsonl",
  "parser-fresh-90.jsonl",
  "parser-fresh-91.jsonl",
  "parser-fresh-92.jsonl",
  "parser-fresh-93.jsonl",
  "parser-fresh-94.jsonl",
  "parser-fresh-95.jsonl",
  "parser-fresh-96.jsonl",
  "parser-fresh-97.jsonl",
  "parser-fresh-98.jsonl",
  "parser-fresh-99.jsonl",
  "parser-fresh-100.jsonl",
  "parser-fresh-101.jsonl",
  "parser-fresh-102.jsonl",
  "parser-fresh-103.jsonl",
  "parser-fresh-104.jsonl",
  "parser-fresh-105.jsonl",
  "parser-fresh-106.jsonl",
  "parser-fresh-107.jsonl",
  "parser-fresh-108.jsonl",
  "parser-fresh-109.jsonl",
  "parser-fresh-110.jsonl",
  "parser-fresh-111.jsonl",
  "parser-fresh-112.jsonl",
  "parser-fresh-113.jsonl",
  "parser-fresh-114.jsonl",
  "parser-fresh-115.jsonl",
  "parser-fresh-116.jsonl",
  "parser-fresh-117.jsonl",
  "parser-fresh-118.jsonl",
  "parser-fresh-119.jsonl",
  "parser-fresh-120.jsonl",
  "parser-fresh-121.jsonl",
  "parser-fresh-122.jsonl",
  "parser-fresh-123.jsonl",
  "parser-fresh-124.jsonl",
  "parser-fresh-125.jsonl",
  "parser-fresh-126.jsonl",
  "parser-fresh-127.jsonl",
  "parser-fresh-128.jsonl",
  "parser-fresh-129.jsonl",
  "parser-fresh-130.jsonl",
  "parser-fresh-131.jsonl",
  "parser-fresh-132.jsonl",
  "parser-fresh-133.jsonl",
  "parser-fresh-134.jsonl",
  "parser-fresh-135.jsonl",
  "parser-heldout.jsonl",
];

export const MODEL_PATH = fileURLToPath(new URL("../src/intents/rules/intent-model.json", import.meta.url));

/** The model as the committed sets train it; the same input always gives the same file. */
export function buildIntentModel(): BayesModel {
  const cases: LabelledText[] = TRAINING_SETS.flatMap((name) =>
    readFileSync(fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url)), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => {
        const { text, intent } = JSON.parse(line) as LabelledText;
        return { text, intent };
      }),
  );
  return trainBayes(cases);
}

export const serialiseModel = (model: BayesModel) => `${JSON.stringify(model)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const model = buildIntentModel();
  writeFileSync(MODEL_PATH, serialiseModel(model));
  console.log(`${MODEL_PATH}: ${model.docs.reduce((a, b) => a + b, 0)} messages, ${Object.keys(model.tokens).length} tokens`);
}
