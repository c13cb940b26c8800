import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldProblem } from './domain-error';

/** class-validator's failures, flattened to `a.b[0].c` paths with the failing constraint's limits. */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? (/^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : `${prefix}.${e.property}`) : e.property;
    const own = Object.keys(e.constraints ?? {}).map((constraint) => ({
      field: path,
      constraint,
      params: paramsOf(e, constraint),
    }));
    return [...own, ...toFieldProblems(e.children ?? [], path)];
  });
}

/** The limit a constraint was given (class-validator keeps it only in the message, so we read it back). */
function paramsOf(e: ValidationError, constraint: string): Record<string, string | number> {
  const text = e.constraints?.[constraint] ?? '';
  const n = text.match(/(-?\d+(?:\.\d+)?)/);
  if (!n) return {};
  const value = Number(n[1]);
  if (constraint === 'maxLength' || constraint === 'max' || constraint === 'arrayMaxSize') return { max: value };
  if (constraint === 'minLength' || constraint === 'min' || constraint === 'arrayMinSize') return { min: value };
  return {};
}

export function createValidationPipe() {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => badInput(toFieldProblems(errors)),
  });
}
