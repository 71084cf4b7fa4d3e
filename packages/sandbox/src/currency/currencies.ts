import { z } from 'zod';

/** The portal's company currency and the exchange rates to it (units of home currency per unit). */
export const currencySettingsSchema = z.object({
  home: z.string().regex(/^[A-Z]{3}$/),
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});
export type CurrencySettings = z.infer<typeof currencySettingsSchema>;

/** A EUR portal with two more currencies, fixed so amounts repeat exactly. */
export const defaultCurrencies: CurrencySettings = {
  home: 'EUR',
  rates: { USD: 0.92, SEK: 0.087 },
};

export function currencyCodes(settings: CurrencySettings): string[] {
  return [settings.home, ...Object.keys(settings.rates).filter((code) => code !== settings.home)];
}

/** `amount_in_home_currency`: the amount times the rate of the deal's currency (home when unset). */
export function homeAmount(
  settings: CurrencySettings,
  amount: string | undefined,
  code: string | undefined,
): string | undefined {
  if (amount === undefined || amount === '') return undefined;
  const rate = code === undefined || code === settings.home ? 1 : settings.rates[code];
  if (rate === undefined) return undefined;
  return String(Math.round(Number(amount) * rate * 100) / 100);
}
