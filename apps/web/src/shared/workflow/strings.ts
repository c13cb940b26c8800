/** The shared workflow components' strings (namespace `workflow`), Japanese first. */
export const workflowJa = {
  actions: {
    failedPreconditions: '次の条件を満たしていないため、操作できません',
    failedList: '次の条件を満たしていないため、操作できません: {{list}}',
    allMet: 'すべての条件を満たしています。',
    override: '条件を満たさないまま進める',
  },
  dialog: {
    overrideTitle: '条件を満たさないまま進める',
    overrideIntro: '次の条件を満たしていません。理由を記録したうえで進めます。',
    comment: 'コメント',
    commentOptional: 'コメント（任意）',
    reason: '理由',
    commentRequired: 'コメント（理由）を入力してください。',
    reasonRequired: '理由を入力してください。',
    done: '「{{state}}」にしました。',
  },
  history: {
    at: '日時',
    event: '操作',
    fromTo: '変更',
    actor: '実施者',
    comment: 'コメント・理由',
    overridden: '条件を省略',
    system: '（記録なし）',
  },
};

export const workflowEn: typeof workflowJa = {
  actions: {
    failedPreconditions: 'Not possible until these conditions are met',
    failedList: 'Not possible until: {{list}}',
    allMet: 'All conditions are met.',
    override: 'Proceed without meeting the conditions',
  },
  dialog: {
    overrideTitle: 'Proceed without meeting the conditions',
    overrideIntro: 'These conditions are not met. The reason is recorded.',
    comment: 'Comment',
    commentOptional: 'Comment (optional)',
    reason: 'Reason',
    commentRequired: 'Enter a comment (reason).',
    reasonRequired: 'Enter the reason.',
    done: 'Now “{{state}}”.',
  },
  history: {
    at: 'When',
    event: 'Action',
    fromTo: 'Change',
    actor: 'By',
    comment: 'Comment or reason',
    overridden: 'Conditions overridden',
    system: '(not recorded)',
  },
};
