/** What other features use of the opinions: who opens their screens (the navigation). */
export { OPINION_CONSOLIDATORS, OPINION_WRITERS } from './roles';
