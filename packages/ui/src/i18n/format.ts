/** Number, money and date formatting by `Intl`, in the user's locale. */
export interface Formatters {
  number: (value: number) => string;
  percent: (share0to100: number) => string;
  money: (amount: number, currency: string) => string;
  /** A calendar date (YYYY-MM-DD), as written in the portal's time zone. */
  date: (calendarDate: string) => string;
  /** An instant (ISO timestamp), shown in the given time zone. */
  dateTime: (iso: string, timeZone: string) => string;
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatters(intlLocale: string): Formatters {
  const number = new Intl.NumberFormat(intlLocale);
  const dateFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    number: (value) => number.format(value),
    percent: (share) =>
      new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 }).format(
        share / 100,
      ),
    money: (amount, currency) =>
      new Intl.NumberFormat(intlLocale, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(amount),
    date: (value) => {
      const match = calendarDate.exec(value);
      if (!match) return value;
      const [, y, m, d] = match;
      return dateFormat.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
    },
    dateTime: (iso, timeZone) => {
      const instant = new Date(iso);
      if (Number.isNaN(instant.getTime())) return iso;
      return new Intl.DateTimeFormat(intlLocale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone,
      }).format(instant);
    },
  };
}
