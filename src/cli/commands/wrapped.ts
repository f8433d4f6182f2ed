/**
 * Commands written with their own argument handling, adapted to the registry's `CliCommand` shape.
 * @module
 */
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import type { CliCommand } from '../command.ts';
import { ASSESS_USAGE, runAssess } from './assess.ts';
import { runEval } from './eval.ts';
import { runInspect } from './inspect.ts';

const today = (): string => new Date().toISOString().slice(0, 10);

export const assessCommand: CliCommand = {
  name: 'assess',
  summary: 'check foot, ankle or shin pain: interactive, or --text/--evidence/--batch with --json',
  usage: ASSESS_USAGE,
  run: (args, io) => runAssess(args, io, { kb: () => readKnowledgeBase(), today: today() }),
};

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'measure triage accuracy on a vignette file (JSONL)',
  usage: 'usage: footing eval FILE [--json] [--kb DIR]',
  run: (args, io) => runEval(args, io),
};

export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'show the activity in a FIT, GPX or TCX file without storing it',
  usage: 'usage: footing inspect FILE [--json]',
  run: (args, io) => runInspect(args, io),
};
