import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Not empty once trimmed: a name of spaces only would be stored empty. Message key `isNotEmpty`. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isNotEmpty', validator: { validate: (v) => typeof v === 'string' && v.trim().length > 0 } }, options);
}

/** A calendar date written YYYY-MM-DD (not 2031, 2031-06 or 2031-W23, which ISO 8601 also allows). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateString',
      validator: {
        validate: (v) => {
          if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
          const [y, m, d] = v.split('-').map(Number) as [number, number, number];
          const date = new Date(Date.UTC(y, m - 1, d));
          return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        },
      },
    },
    options,
  );
}
