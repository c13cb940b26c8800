import type { Lang } from './era';
import type { Role } from './roles';
import type { CyclePhase, CyclePhaseEvent } from './cycle-phase.workflow';
import type { SheetEvent, SheetState } from './sheet.workflow';
import type { ResponseCategory, ResponseEvent, ResponseState } from './response.workflow';
import type { CouncilOpinionEvent, CouncilOpinionState, MemberEntryStatus, MemberOpinionEvent, MemberOpinionState, OpinionKind } from './opinion.workflow';

/** Every label and user-facing message in one place, Japanese first. */
type Bilingual = { ja: string; en: string };
type LabelMap<K extends string> = Record<K, Bilingual>;

export const ROLE_LABELS: LabelMap<Role> = {
  ADMIN: { ja: 'システム管理者', en: 'Administrator' },
  SECRETARIAT: { ja: '事務局', en: 'Secretariat' },
  DEPARTMENT_STAFF: { ja: '所管課職員', en: 'Department staff' },
  COMMITTEE_MEMBER: { ja: '委員', en: 'Committee member' },
};

export const CYCLE_PHASE_LABELS: LabelMap<CyclePhase> = {
  PLAN: { ja: '計画（Plan）', en: 'Plan' },
  DO: { ja: '実施（Do）', en: 'Do' },
  CHECK: { ja: '検証（Check）', en: 'Check' },
  ACTION: { ja: '対応（Action）', en: 'Action' },
  PUBLISHED: { ja: '公表済み', en: 'Published' },
};

export const CYCLE_PHASE_EVENT_LABELS: LabelMap<CyclePhaseEvent> = {
  START_DO: { ja: '実施（Do）へ進める', en: 'Move on to Do' },
  START_CHECK: { ja: '検証（Check）へ進める', en: 'Move on to Check' },
  START_ACTION: { ja: '対応（Action）へ進める', en: 'Move on to Action' },
  PUBLISH: { ja: '公表する', en: 'Publish' },
};

/** Colours of the phase chips (MUI palette names), one map for the whole client. */
export const CYCLE_PHASE_COLORS: Record<CyclePhase, 'default' | 'info' | 'warning' | 'secondary' | 'primary' | 'success'> = {
  PLAN: 'default',
  DO: 'info',
  CHECK: 'warning',
  ACTION: 'secondary',
  PUBLISHED: 'success',
};

export const SHEET_STATE_LABELS: LabelMap<SheetState> = {
  DRAFT: { ja: '作成中', en: 'Draft' },
  SUBMITTED: { ja: '提出済み', en: 'Submitted' },
  RETURNED: { ja: '差戻し', en: 'Returned' },
  ACCEPTED: { ja: '受理', en: 'Accepted' },
};

export const SHEET_STATE_COLORS: Record<SheetState, 'default' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  ACCEPTED: 'success',
};

export const SHEET_EVENT_LABELS: LabelMap<SheetEvent> = {
  SUBMIT: { ja: '提出する', en: 'Submit' },
  RETURN: { ja: '差し戻す', en: 'Return' },
  ACCEPT: { ja: '受理する', en: 'Accept' },
  REOPEN: { ja: '受理を取り消して差し戻す', en: 'Reopen' },
};

/** What happened last to a sheet (`lastSheetActivity`), as a noun: 最終更新: …（差し戻し・事務局）. */
export const SHEET_ACTIVITY_LABELS: LabelMap<'SAVE' | SheetEvent> = {
  SAVE: { ja: '保存', en: 'saved' },
  SUBMIT: { ja: '提出', en: 'submitted' },
  RETURN: { ja: '差し戻し', en: 'returned' },
  ACCEPT: { ja: '受理', en: 'accepted' },
  REOPEN: { ja: '受理の取り消し', en: 'reopened' },
};

export const OPINION_KIND_LABELS: LabelMap<OpinionKind> = {
  POSITIVE: { ja: '評価できる点', en: 'Strengths' },
  IMPROVEMENT: { ja: '改善が必要な点', en: 'Needs improvement' },
  OTHER: { ja: 'その他', en: 'Other' },
};

export const MEMBER_OPINION_STATE_LABELS: LabelMap<MemberOpinionState> = {
  DRAFT: { ja: '作成中', en: 'Draft' },
  SUBMITTED: { ja: '提出済み', en: 'Submitted' },
  ADOPTED: { ja: '採用', en: 'Adopted' },
  NOTED: { ja: '参考', en: 'Noted' },
};

/** Where a member stands on an assigned entry (`memberEntryStatus`). */
export const MEMBER_ENTRY_STATUS_LABELS: LabelMap<MemberEntryStatus> = {
  SETTLED: { ja: 'とりまとめ済み', en: 'Consolidated' },
  SUBMITTED: { ja: '提出済み', en: 'Submitted' },
  DRAFT_ONLY: { ja: '作成中（未提出）', en: 'Drafts (not submitted)' },
  NOT_STARTED: { ja: '未着手', en: 'Not started' },
};

export const MEMBER_OPINION_STATE_COLORS: Record<MemberOpinionState, 'default' | 'info' | 'success' | 'secondary'> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  ADOPTED: 'success',
  NOTED: 'secondary',
};

export const MEMBER_OPINION_EVENT_LABELS: LabelMap<MemberOpinionEvent> = {
  SUBMIT: { ja: '提出する', en: 'Submit' },
  ADOPT: { ja: '採用とする', en: 'Mark adopted' },
  NOTE: { ja: '参考とする', en: 'Mark noted' },
};

export const COUNCIL_OPINION_STATE_LABELS: LabelMap<CouncilOpinionState> = {
  DRAFT: { ja: '案', en: 'Draft' },
  CONFIRMED: { ja: '確定', en: 'Confirmed' },
};

export const COUNCIL_OPINION_STATE_COLORS: Record<CouncilOpinionState, 'default' | 'success'> = { DRAFT: 'default', CONFIRMED: 'success' };

export const COUNCIL_OPINION_EVENT_LABELS: LabelMap<CouncilOpinionEvent> = {
  CONFIRM: { ja: '確定する', en: 'Confirm' },
  REOPEN: { ja: '確定を取り消す', en: 'Reopen' },
};

export const RESPONSE_STATE_LABELS: LabelMap<ResponseState> = {
  DRAFT: { ja: '作成中', en: 'Draft' },
  SUBMITTED: { ja: '提出済み', en: 'Submitted' },
  RETURNED: { ja: '差戻し', en: 'Returned' },
  APPROVED: { ja: '承認済み', en: 'Approved' },
};

export const RESPONSE_STATE_COLORS: Record<ResponseState, 'default' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  APPROVED: 'success',
};

export const RESPONSE_EVENT_LABELS: LabelMap<ResponseEvent> = {
  SUBMIT: { ja: '提出する', en: 'Submit' },
  RETURN: { ja: '差し戻す', en: 'Return' },
  APPROVE: { ja: '承認する', en: 'Approve' },
  REOPEN: { ja: '承認を取り消して差し戻す', en: 'Reopen' },
};

/** The categories of a response; the demo's responses have none (the seed gives none): shown as 未分類. */
export const RESPONSE_CATEGORY_LABELS: LabelMap<ResponseCategory> = {
  DONE: { ja: '対応済', en: 'Done' },
  PLANNED: { ja: '対応予定', en: 'Planned' },
  CONSIDERING: { ja: '検討', en: 'Under consideration' },
  DIFFICULT: { ja: '対応困難', en: 'Difficult' },
};
export const RESPONSE_NO_CATEGORY_LABEL: Bilingual = { ja: '未分類', en: 'No category' };

export const PROJECT_KINDS = ['PROJECT', 'INITIATIVE'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: LabelMap<ProjectKind> = {
  PROJECT: { ja: '事業', en: 'Project' },
  INITIATIVE: { ja: '取組', en: 'City-wide initiative' },
};

export const MEMBER_CATEGORIES = ['ACADEMIC', 'ASSOCIATION'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];
export const MEMBER_CATEGORY_LABELS: LabelMap<MemberCategory> = {
  ACADEMIC: { ja: '学識者', en: 'Academic' },
  ASSOCIATION: { ja: '関係団体役職員', en: 'Business association officer' },
};

export const BODY_KINDS = ['COUNCIL', 'SUBCOMMITTEE'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: LabelMap<BodyKind> = {
  COUNCIL: { ja: '協議会', en: 'Council' },
  SUBCOMMITTEE: { ja: '専門部会', en: 'Subcommittee' },
};

export const PRECONDITION_LABELS: Record<string, Bilingual> = {
  CYCLE_HAS_ENTRIES: { ja: '検証対象の事業が登録されていること', en: 'The cycle has entries to verify' },
  ENTRIES_HAVE_DEPARTMENT: { ja: 'すべての事業に所管課が設定されていること', en: 'Every entry has a department' },
  ENTRIES_HAVE_GROUP: { ja: 'すべての事業が班に割り当てられていること', en: 'Every entry belongs to a group' },
  ENTRIES_HAVE_ASSIGNMENT: { ja: 'すべての事業に検証担当委員がいること', en: 'Every entry has an assigned member' },
  ALL_SHEETS_ACCEPTED: { ja: 'すべての施策検証シートが受理されていること', en: 'Every verification sheet is accepted' },
  CYCLE_IN_DO: { ja: '年度が実施（Do）の段階であること', en: 'The cycle is in its Do phase' },
  ENTRIES_HAVE_CONFIRMED_OPINION: { ja: 'すべての事業に確定した主な検証意見があること', en: 'Every entry has a confirmed council opinion' },
  CYCLE_IN_CHECK: { ja: '年度が検証（Check）の段階であること', en: 'The cycle is in its Check phase' },
  OPINION_LINKED: { ja: '主な検証意見に反映されていること', en: 'The opinion is used in a council opinion' },
  SHEET_HAS_ITEMS: { ja: '実施状況が1件以上記入されていること', en: 'The sheet has at least one implementation item' },
  RESPONSES_OPEN: { ja: '年度が検証（Check）または対応（Action）の段階であること', en: 'The cycle is in its Check or Action phase' },
  RESPONSE_COMPLETE: { ja: '対応区分（対応困難の場合はその理由）が入力されていること', en: 'The response has a category (and, if difficult, the reason)' },
  ALL_RESPONSES_APPROVED: {
    ja: 'すべての確定した主な検証意見に、承認済みの対応があること',
    en: 'Every confirmed council opinion is answered by an approved response',
  },
};

/** The error codes of the API (STYLE.md item 7). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  /** The request itself is refused before it is read as GraphQL: not JSON, or stopped as cross-site (CSRF). */
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  /** The database is out of reach for now: the client may try again in a moment. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Messages of the API's errors; `{name}` placeholders are filled by `message()`. */
export const MESSAGES = {
  BAD_USER_INPUT: { ja: '入力内容に誤りがあります。', en: 'Some of the input is not valid.' },
  UNAUTHENTICATED: { ja: 'ログインしてください。', en: 'Please sign in.' },
  FORBIDDEN: { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { ja: '{what}が見つかりません。', en: '{what} was not found.' },
  CONFLICT: {
    ja: '他の人が先に更新しました。最新の内容を確認してから、もう一度保存してください。',
    en: 'Someone else saved this first. Check the latest version and save again.',
  },
  DUPLICATE: { ja: '{what}はすでに登録されています。', en: '{what} already exists.' },
  IN_USE: { ja: '{what}は使用中のため削除できません。', en: '{what} is in use and cannot be deleted.' },
  ENTRY_HAS_DATA: {
    ja: 'この事業にはシート・意見・履歴があるため削除できません。データを残したまま「検証対象から外す」ことができます。',
    en: 'This entry holds a sheet, opinions or history, so it cannot be deleted. It can be withdrawn from the verification instead, keeping its data.',
  },
  ENTRY_WITHDRAWN: {
    ja: 'この事業は検証対象から外されています。',
    en: 'This entry has been withdrawn from the verification.',
  },
  /** A unique rule of the database that no service check named (a race): the constraint's name is never shown. */
  DUPLICATE_RECORD: {
    ja: '同じ内容がすでに登録されています。画面を再読み込みして最新の内容を確かめ、必要なら別の内容で保存してください。',
    en: 'The same entry already exists. Reload the page to see the latest data, and save something different if needed.',
  },
  /** A reference the database refused: deleting what others still use, or pointing at what was just deleted. */
  REFERENCED_RECORD: {
    ja: 'ほかのデータから使われているため削除できません。使っているデータを先に外してから、もう一度お試しください。',
    en: 'Other data still uses this, so it cannot be deleted. Remove what uses it first, then try again.',
  },
  MISSING_REFERENCE: {
    ja: '選んだデータが見つかりません（ほかの人が削除した可能性があります）。画面を再読み込みして選び直してください。',
    en: 'Something you chose no longer exists (someone may have deleted it). Reload the page and choose again.',
  },
  INVALID_TRANSITION: { ja: '現在の状態ではこの操作はできません。', en: 'This cannot be done in the current state.' },
  COMMENT_REQUIRED: { ja: '理由（コメント）を入力してください。', en: 'A reason (comment) is required.' },
  PRECONDITION_FAILED: { ja: '次の条件を満たしていません: {failed}', en: 'These conditions are not met: {failed}' },
  RATE_LIMITED: {
    ja: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
    en: 'Too many attempts. Please wait a while and try again.',
  },
  TRY_AGAIN_IN: {
    ja: '試行回数が多すぎます。{minutes}分ほど待ってからもう一度お試しください。',
    en: 'Too many attempts. Please try again in about {minutes} min.',
  },
  BAD_CREDENTIALS: { ja: 'ログインIDまたはパスワードが正しくありません。', en: 'The login ID or password is wrong.' },
  WRONG_PASSWORD: { ja: '現在のパスワードが正しくありません。', en: 'The current password is wrong.' },
  ASSIGNEE_NOT_IN_GROUP: {
    ja: '検証担当委員は、事業と同じ班の委員から選んでください。',
    en: 'Assigned members must belong to the entry’s group.',
  },
  MEMBER_HAS_ASSIGNMENTS: {
    ja: 'この班の事業を担当している委員は班から外せません。先に担当を外してください。',
    en: 'A member assigned to this group’s entries cannot leave it; remove the assignments first.',
  },
  MEMBER_IN_OTHER_GROUP: {
    ja: 'この年度で別の班に属している委員がいます。先にその班から外してください。',
    en: 'A member already belongs to another group this year; remove them from it first.',
  },
  GROUP_CHANGE_BREAKS_ASSIGNMENTS: {
    ja: '担当委員が新しい班に属していないため、班を変更できません。先に担当を見直してください。',
    en: 'The assigned members are not in the new group; change the assignments first.',
  },
  NOT_AN_ENTRY: {
    ja: '一体的に検証される事業には、班や担当委員を設定できません（代表の事業に設定してください）。',
    en: 'A project verified together with another takes its group and members from that entry.',
  },
  VERIFIED_WITH_INVALID: {
    ja: '一体的に検証する事業は、同じ年度の代表の事業から選んでください。',
    en: 'Choose a lead entry of the same cycle to verify this project with.',
  },
  NOT_ASSIGNED: { ja: '検証を担当する事業にのみ意見を書けます。', en: 'You can write opinions only on entries assigned to you.' },
  NOT_AUTHOR: { ja: '自分の意見のみ編集できます。', en: 'You can edit only your own opinions.' },
  SAME_ENTRY_REQUIRED: { ja: '同じ事業の意見を選んでください。', en: 'Choose opinions of the same entry.' },
  NEEDS_TWO: { ja: '2件以上選んでください。', en: 'Choose at least two.' },
  ENTRY_HAS_CONFIRMED: {
    ja: '確定済みの意見がある事業では、統合・分割・並べ替え・削除はできません（番号が変わるため）。',
    en: 'An entry with confirmed opinions cannot be merged, split, reordered or deleted (numbers would change).',
  },
  ORDER_MISMATCH: {
    ja: '並べ替えの対象が最新の一覧と一致しません。再読み込みしてください。',
    en: 'The order does not match the latest list. Reload and try again.',
  },
  OPINION_ANSWERED: {
    ja: '選んだ主な検証意見には、すでに別の対応があります（1つの意見に対応は1件です）。',
    en: 'A chosen council opinion is already answered by another response (one response per opinion).',
  },
  OPINIONS_TO_ANSWER: {
    ja: '同じ事業の、確定した主な検証意見を選んでください。',
    en: 'Choose confirmed council opinions of the same entry.',
  },
  RESPONSE_LOCKED: {
    ja: '承認済みの対応は変更できません。変更が必要な場合は、事務局が理由を付して差し戻します。',
    en: 'An approved response is locked; the secretariat reopens it, with a reason, if it needs changes.',
  },
  OPINION_HAS_RESPONSE: {
    ja: 'この主な検証意見には対応があるため、確定を取り消せません。先に対応から外してください。',
    en: 'This council opinion has a response and cannot be reopened; take it out of the response first.',
  },
  UNKNOWN_YEAR: { ja: '対象外の年度です（{min}〜{max}年度）。', en: 'Not a year of this sheet ({min}–{max}).' },
  DUPLICATE_YEAR: { ja: '同じ年度が重複しています。', en: 'The same year appears twice.' },
  FILE_TYPE: {
    ja: 'PDF、Excel、Word、画像（PNG・JPEG・GIF）のファイルを選んでください。',
    en: 'Choose a PDF, Excel, Word or image (PNG, JPEG, GIF) file.',
  },
  FILE_TOO_LARGE: { ja: 'ファイルは{max}MB以下にしてください。', en: 'Files must be {max} MB or smaller.' },
  CYCLE_LOCKED: { ja: '公表済みの年度は変更できません。', en: 'A published cycle cannot be changed.' },
  QUERY_TOO_DEEP: { ja: '問い合わせの入れ子が深すぎます（{max}段まで）。', en: 'The query is nested too deeply (at most {max} levels).' },
  QUERY_TOO_MANY_ALIASES: { ja: '問い合わせの別名が多すぎます（{max}個まで）。', en: 'The query uses too many aliases (at most {max}).' },
  QUERY_TOO_COSTLY: { ja: '一度に問い合わせる項目が多すぎます（コスト{max}まで）。', en: 'The query asks for too much at once (cost at most {max}).' },
  QUERY_TOO_LONG: { ja: '問い合わせが長すぎます（{max}トークンまで）。', en: 'The query is too long (at most {max} tokens).' },
  BAD_REQUEST: { ja: 'リクエストの形式が正しくないため、受け付けられません。', en: 'The request is malformed and was not accepted.' },
  PAYLOAD_TOO_LARGE: {
    ja: '送信する内容が大きすぎます（上限 {max}KB）。分けて保存してください。',
    en: 'The request is too large (at most {max} KB). Save it in smaller parts.',
  },
  GRAPHQL_PARSE_FAILED: { ja: 'GraphQL の文に構文の誤りがあります。', en: 'The GraphQL document has a syntax error.' },
  GRAPHQL_VALIDATION_FAILED: { ja: 'GraphQL の文が API の定義と合っていません。', en: 'The GraphQL document does not match the API schema.' },
  SERVICE_UNAVAILABLE: {
    ja: 'データベースに一時的に接続できません。しばらく待ってから、もう一度お試しください。',
    en: 'The database is briefly out of reach. Please wait a moment and try again.',
  },
  UNSTORABLE_CHARACTERS: {
    ja: '保存できない文字（NUL文字または不正な文字コード）が含まれています。',
    en: 'The input contains a character that cannot be stored (a NUL character or an unpaired surrogate).',
  },
  INTERNAL_SERVER_ERROR: {
    ja: 'システムエラーが発生しました。問い合わせ番号: {requestId}',
    en: 'A system error occurred. Reference: {requestId}',
  },
} as const satisfies Record<string, Bilingual>;
export type MessageKey = keyof typeof MESSAGES;

/** Names of things, for messages such as "{what} was not found". */
export const THING_LABELS = {
  user: { ja: 'ユーザー', en: 'User' },
  department: { ja: '所管課', en: 'Department' },
  cycle: { ja: '検証サイクル', en: 'Cycle' },
  ordinance: { ja: '条例', en: 'Ordinance' },
  article: { ja: '条', en: 'Article' },
  project: { ja: '事業', en: 'Project' },
  member: { ja: '委員', en: 'Member' },
  body: { ja: '会議体', en: 'Body' },
  group: { ja: '班', en: 'Group' },
  assignment: { ja: '検証担当委員の割当', en: 'Assignment' },
  loginId: { ja: 'ログインID', en: 'Login ID' },
  fiscalYear: { ja: '年度', en: 'Fiscal year' },
  chair: { ja: '部会長', en: 'Chair' },
  sheet: { ja: '施策検証シート', en: 'Verification sheet' },
  revision: { ja: '版', en: 'Version' },
  attachment: { ja: '関連資料', en: 'Attachment' },
  tag: { ja: 'タグ', en: 'Tag' },
  memberOpinion: { ja: '検証意見', en: 'Member opinion' },
  councilOpinion: { ja: '主な検証意見', en: 'Council opinion' },
  response: { ja: '対応', en: 'Response' },
  route: { ja: 'URL', en: 'URL' },
} as const satisfies Record<string, Bilingual>;
export type Thing = keyof typeof THING_LABELS;

/**
 * What the audit trail records changes of (`audit_event.entityType`), with the words the audit screen
 * shows for each. A kind of record not listed here is shown by its code.
 */
export const AUDIT_SUBJECT_LABELS = {
  user: THING_LABELS.user,
  department: THING_LABELS.department,
  cycle: THING_LABELS.cycle,
  ordinance: THING_LABELS.ordinance,
  article: THING_LABELS.article,
  project: THING_LABELS.project,
  member: THING_LABELS.member,
  group: THING_LABELS.group,
  tag: THING_LABELS.tag,
  sheet: THING_LABELS.sheet,
  sheet_attachment: THING_LABELS.attachment,
  sheet_comment: { ja: 'シートへのコメント', en: 'Sheet comment' },
  member_opinion: THING_LABELS.memberOpinion,
  council_opinion: THING_LABELS.councilOpinion,
  response: THING_LABELS.response,
} as const satisfies Record<string, Bilingual>;
export type AuditSubject = keyof typeof AUDIT_SUBJECT_LABELS;
export const AUDIT_SUBJECTS = Object.keys(AUDIT_SUBJECT_LABELS) as AuditSubject[];

/** The kinds of change other than workflow events (whose labels are each workflow's event labels). */
export const AUDIT_ACTION_LABELS = {
  CREATE: { ja: '作成', en: 'Created' },
  UPDATE: { ja: '変更', en: 'Changed' },
  DELETE: { ja: '削除', en: 'Deleted' },
  SIGN_IN: { ja: 'ログイン', en: 'Signed in' },
  CHANGE_PASSWORD: { ja: 'パスワード変更', en: 'Password changed' },
  RESET_PASSWORD: { ja: 'パスワード再設定', en: 'Password reset' },
  UNLOCK: { ja: 'ロック解除', en: 'Unlocked' },
  WITHDRAW: { ja: '検証対象から除外', en: 'Withdrawn' },
  REINSTATE: { ja: '検証対象に復帰', en: 'Reinstated' },
} as const satisfies Record<string, Bilingual>;

/** The words of a recorded change: a workflow's event in its own words, else the kind of change. */
export function auditActionLabel(entityType: string, action: string): Bilingual | null {
  const events: Partial<Record<AuditSubject, Record<string, Bilingual>>> = {
    cycle: CYCLE_PHASE_EVENT_LABELS,
    sheet: SHEET_EVENT_LABELS,
    member_opinion: MEMBER_OPINION_EVENT_LABELS,
    council_opinion: COUNCIL_OPINION_EVENT_LABELS,
    response: RESPONSE_EVENT_LABELS,
  };
  return events[entityType as AuditSubject]?.[action] ?? (AUDIT_ACTION_LABELS as Record<string, Bilingual>)[action] ?? null;
}

/**
 * Fields of a record the audit screen never shows, whoever reads it: a member's opinion is private to its
 * author until submitted, so its wording stays out of the trail's view (its state changes show).
 */
export const AUDIT_HIDDEN_FIELDS: Partial<Record<AuditSubject, readonly string[]>> = {
  member_opinion: ['text', 'kind'],
  user: ['passwordHash'],
};

export function label(l: Bilingual, lang: Lang): string {
  return l[lang];
}

export function message(key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
