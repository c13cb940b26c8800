export * from './roles';
export * from './workflow';
export * from './cycle-phase.workflow';
export * from './sheet.workflow';
export * from './opinion.workflow';
export * from './era';
export * from './labels';
export * from './validation';
