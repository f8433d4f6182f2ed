import type { Citation } from './types.ts';

/** Citations behind the training rules (full references are in the reference notes; ids for kb/sources). */
export const SOURCES = {
  frandsen2025: {
    id: 'frandsen-2025',
    text: 'Frandsen JSB et al. How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study. Br J Sports Med 2025;59(17):1203-1210.',
  },
  nielsen2014: {
    id: 'nielsen-2014',
    text: 'Nielsen RO et al. Excessive progression in weekly running distance and risk of running-related injuries. J Orthop Sports Phys Ther 2014;44(10):739-747.',
  },
  buist2008: {
    id: 'buist-2008',
    text: 'Buist I et al. No effect of a graded training program on the number of running-related injuries in novice runners: a randomized controlled trial. Am J Sports Med 2008;36(1):33-39.',
  },
  williams2017: {
    id: 'williams-2017',
    text: 'Williams S et al. Better way to determine the acute:chronic workload ratio? Br J Sports Med 2017;51(3):209-210.',
  },
  impellizzeri2021: {
    id: 'impellizzeri-2021',
    text: 'Impellizzeri FM et al. What role do chronic workloads play in the acute to chronic workload ratio? Time to dismiss ACWR and its underlying theory. Sports Med 2021;51:581-592.',
  },
  foster1998: {
    id: 'foster-1998',
    text: 'Foster C. Monitoring training in athletes with reference to overtraining syndrome. Med Sci Sports Exerc 1998;30(7):1164-1168.',
  },
} satisfies Record<string, Citation>;
