import { PolicyLoadError } from './document';
import type { DeclaredData } from './sources';

// The Google Play Console Data safety export (CSV). Parsed by machine-readable IDs, never by the localized label:
//   Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label
//   PSL_DATA_TYPES_PERSONAL,PSL_NAME,true,MULTIPLE_CHOICE,Personal info
//   PSL_DATA_USAGE_RESPONSES:PSL_NAME:PSL_DATA_USAGE_COLLECTION_AND_SHARING,PSL_DATA_USAGE_ONLY_COLLECTED,true,…
// https://support.google.com/googleplay/android-developer/answer/10787469

export const DATA_SAFETY_HEADER = ['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label'];

/** The data-type categories of the form and the data type IDs each may hold. */
export const DATA_SAFETY_TYPES: Record<string, string[]> = {
  PSL_DATA_TYPES_PERSONAL: ['PSL_NAME', 'PSL_EMAIL', 'PSL_USER_ACCOUNT', 'PSL_ADDRESS', 'PSL_PHONE', 'PSL_RACE_ETHNICITY', 'PSL_POLITICAL_RELIGIOUS', 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY', 'PSL_OTHER_PERSONAL'],
  PSL_DATA_TYPES_FINANCIAL: ['PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER', 'PSL_PURCHASE_HISTORY', 'PSL_CREDIT_SCORE', 'PSL_OTHER_FINANCIAL', 'PSL_OTHER'],
  PSL_DATA_TYPES_LOCATION: ['PSL_APPROX_LOCATION', 'PSL_PRECISE_LOCATION'],
  PSL_DATA_TYPES_SEARCH_AND_BROWSING: ['PSL_WEB_BROWSING_HISTORY'],
  PSL_DATA_TYPES_EMAIL_AND_TEXT: ['PSL_EMAILS', 'PSL_SMS_CALL_LOG', 'PSL_OTHER_MESSAGES'],
  PSL_DATA_TYPES_PHOTOS_AND_VIDEOS: ['PSL_PHOTOS', 'PSL_VIDEOS'],
  PSL_DATA_TYPES_AUDIO: ['PSL_AUDIO', 'PSL_MUSIC', 'PSL_OTHER_AUDIO'],
  PSL_DATA_TYPES_HEALTH_AND_FITNESS: ['PSL_HEALTH', 'PSL_FITNESS'],
  PSL_DATA_TYPES_CONTACTS: ['PSL_CONTACTS'],
  PSL_DATA_TYPES_CALENDAR: ['PSL_CALENDAR'],
  PSL_DATA_TYPES_APP_PERFORMANCE: ['PSL_CRASH_LOGS', 'PSL_PERFORMANCE_DIAGNOSTICS', 'PSL_OTHER_PERFORMANCE'],
  PSL_DATA_TYPES_FILES_AND_DOCS: ['PSL_FILES_AND_DOCS'],
  PSL_DATA_TYPES_APP_ACTIVITY: ['PSL_USER_INTERACTION', 'PSL_IN_APP_SEARCH_HISTORY', 'PSL_APPS_ON_DEVICE', 'PSL_USER_GENERATED_CONTENT', 'PSL_OTHER_APP_ACTIVITY'],
  PSL_DATA_TYPES_IDENTIFIERS: ['PSL_DEVICE_ID'],
};

/** Splits CSV text into rows (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): { row: string[]; line: number }[] {
  const rows: { row: string[]; line: number }[] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push({ row, line: rowLine });
      row = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push({ row, line: rowLine });
  return rows;
}

const KNOWN_TYPE_IDS = new Set(Object.values(DATA_SAFETY_TYPES).flat());

export function parseDataSafetyCsv(source: string, text: string): DeclaredData {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!rows.length) throw new PolicyLoadError(source, 'is an empty CSV; export the Data safety form from Play Console (App content > Data safety > Export to CSV)');
  const header = rows[0].row.map((h) => h.trim());
  if (header.length < 3 || DATA_SAFETY_HEADER.slice(0, 3).some((h, i) => header[i] !== h)) {
    throw new PolicyLoadError(source, `is not a Play Console Data safety export: the header must start with "${DATA_SAFETY_HEADER.slice(0, 3).join(',')}"`);
  }
  const declared: DeclaredData = { dataTypes: [], lines: {} };
  for (const { row, line } of rows.slice(1)) {
    const [question = '', response = '', value = ''] = row.map((f) => f.trim());
    if (!question) continue;
    if (!/^PSL_[A-Z0-9_:]+$/.test(question)) throw new PolicyLoadError(source, `line ${line}: unknown question ID '${question}' (Data safety IDs start with PSL_)`);
    const category = DATA_SAFETY_TYPES[question];
    if (!category) continue; // other questions (usage, purposes, security practices) are not about which types are collected
    if (!KNOWN_TYPE_IDS.has(response)) throw new PolicyLoadError(source, `line ${line}: unknown data type ID '${response}' under ${question}`);
    if (value.toLowerCase() === 'true' && !declared.dataTypes.includes(response)) {
      declared.dataTypes.push(response);
      declared.lines![response] = line;
    }
  }
  return declared;
}
