/** Where the browser keeps a member's unsaved text (see shared/storage); changing a key loses what is kept. */
export const draftKey = (opinionId: string) => `kensho.memberOpinion.${opinionId}`;
export const newOpinionKey = (projectId: string) => `kensho.newMemberOpinion.${projectId}`;
