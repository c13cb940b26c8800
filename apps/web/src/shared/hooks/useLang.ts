import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEraDate, formatFiscalYear, label, type Lang } from '@kensho/domain';

type Bilingual = { ja: string; en: string };

/**
 * The current language and the domain's formatters bound to it: labels from @kensho/domain, era dates in
 * Japanese (令和2年8月3日（月）) and the English date format in English.
 */
export function useLang() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ja';
  return useMemo(
    () => ({
      lang,
      label: (l: Bilingual) => label(l, lang),
      date: (value: string | Date, opts?: { weekday?: boolean }) => formatEraDate(value, lang, opts),
      /** The date in the era and the time in Japan: 令和元年5月30日（木） 14:05. */
      dateTime: (value: string | Date) => {
        const time = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', {
          timeZone: 'Asia/Tokyo',
          hour: '2-digit',
          minute: '2-digit',
        }).format(new Date(value));
        return `${formatEraDate(value, lang)} ${time}`;
      },
      fiscalYear: (fy: number) => formatFiscalYear(fy, lang),
    }),
    [lang],
  );
}
