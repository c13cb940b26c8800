/** What other features use of the responses: who reads and reviews them (the menu). */
export { RESPONSE_READERS, RESPONSE_REVIEWERS } from './roles';
