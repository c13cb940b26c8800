import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badField } from './domain-error';

/** For ID arguments outside an input type: a malformed id is BAD_USER_INPUT, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string | null | undefined> {
  transform(value: string | null | undefined, meta: ArgumentMetadata) {
    if (value === null || value === undefined) return value;
    if (!isUUID(value)) throw badField(meta.data ?? 'id', 'isUUID');
    return value;
  }
}
