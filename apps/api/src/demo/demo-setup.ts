/**
 * What the FY2019 document does not say, made up for the demo and marked as such: which division runs
 * each project, how the 9 members split into the 2 groups (班), who verified what, and the accounts.
 * Everything else comes from kawasaki-fy2019.json (transcribed from the seed).
 */
export const DEMO_PASSWORD = 'kensho-demo-2019';

/** Divisions of the city (all of 経済労働局 but the last), keyed by the start of the project's name. */
export const DEMO_DEPARTMENTS: Array<{ name: string; bureau: string; projects: string[] }> = [
  { name: 'イノベーション推進室', bureau: '経済労働局', projects: ['起業化総合支援事業', '医工連携等推進事業', 'ウェルフェアイノベーション推進事業', '新川崎創造のもり推進事業'] },
  { name: '工業振興課', bureau: '経済労働局', projects: ['知的財産戦略の推進', 'ものづくり中小企業経営革新等支援事業', '生産性向上推進事業', '内陸部操業環境保全対策事業'] },
  { name: '商業振興課', bureau: '経済労働局', projects: ['商業振興関連事業'] },
  { name: '農業振興課', bureau: '経済労働局', projects: ['農業振興関連事業'] },
  { name: '観光プロモーション推進課', bureau: '経済労働局', projects: ['観光振興事業・産業観光推進事業'] },
  { name: '労働雇用部', bureau: '経済労働局', projects: ['雇用労働対策関連事業'] },
  { name: '国際経済推進室', bureau: '経済労働局', projects: ['海外展開関連事業'] },
  { name: '契約課', bureau: '財政局', projects: ['受注機会の増大等'] },
];

/** Two groups, as in FY2019 (２班に分かれ): articles 12–15 and 16–19; members by their list number. */
export const DEMO_GROUPS = [
  { name: '第1班', articles: [12, 13, 14, 15], memberNos: [1, 3, 4, 5] },
  { name: '第2班', articles: [16, 17, 18, 19], memberNos: [2, 6, 7, 8, 9] },
];

/** The second 商業振興 row of the summary table is verified together with the first (one detailed page). */
export const DEMO_VERIFIED_WITH: Record<string, string> = {
  '商業振興関連事業（まちづくり連動事業）': '商業振興関連事業（商店街課題対応事業、商業力強化事業地域連携事業等）',
};

export const DEMO_ACCOUNTS: Array<{ loginId: string; displayName: string; role: 'ADMIN' | 'SECRETARIAT' | 'DEPARTMENT_STAFF' | 'COMMITTEE_MEMBER'; department?: string; memberNo?: number }> = [
  { loginId: 'admin', displayName: 'システム管理者', role: 'ADMIN' },
  { loginId: 'jimukyoku', displayName: '産業政策課 事務局', role: 'SECRETARIAT' },
  { loginId: 'kogyo', displayName: '工業振興課 担当', role: 'DEPARTMENT_STAFF', department: '工業振興課' },
  { loginId: 'shogyo', displayName: '商業振興課 担当', role: 'DEPARTMENT_STAFF', department: '商業振興課' },
  { loginId: 'toyama', displayName: '遠山 浩', role: 'COMMITTEE_MEMBER', memberNo: 1 },
  { loginId: 'nakayama', displayName: '中山 健', role: 'COMMITTEE_MEMBER', memberNo: 2 },
  { loginId: 'iwai', displayName: '岩井 新一', role: 'COMMITTEE_MEMBER', memberNo: 3 },
];

/**
 * Who verifies what (検証担当委員): two members of the entry's group each, by their list number. Every
 * member verifies two to four entries; 遠山 (chair) and 岩井 share 医工連携等推進事業, so the demo has
 * one entry on which two signed-in members write opinions side by side.
 */
export const DEMO_ASSIGNMENTS: Record<string, [number, number]> = {
  '起業化総合支援事業': [1, 4],
  '医工連携等推進事業': [1, 3],
  'ウェルフェアイノベーション推進事業': [3, 5],
  '知的財産戦略の推進': [4, 5],
  '新川崎創造のもり推進事業（新産業創造支援事業等）': [1, 3],
  'ものづくり中小企業経営革新等支援事業': [4, 5],
  '生産性向上推進事業': [3, 4],
  '内陸部操業環境保全対策事業': [1, 5],
  '商業振興関連事業（商店街課題対応事業、商業力強化事業地域連携事業等）': [2, 6],
  '農業振興関連事業（多様な連携推進事業等）': [7, 8],
  '観光振興事業・産業観光推進事業': [9, 2],
  '雇用労働対策関連事業（雇用労働対策・就業支援事業等）': [6, 7],
  '海外展開関連事業（海外販路開拓事業等）': [8, 9],
  '受注機会の増大等（本市の調達の状況、入札改革の取組状況等）': [2, 7],
};
