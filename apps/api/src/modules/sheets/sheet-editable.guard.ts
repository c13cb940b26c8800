import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField, forbidden } from '../../common/errors/domain-error';
import { SheetsService } from './sheets.service';

/**
 * The sheet's edit rule for `/api/sheets/:id/...`, checked before the body is read: guards run before
 * interceptors, so a caller who may not edit the sheet is refused before multer buffers an upload.
 * The handler checks again inside its transaction, on the locked row.
 */
@Injectable()
export class SheetEditableGuard implements CanActivate {
  constructor(
    private readonly db: DataSource,
    private readonly sheets: SheetsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { actor: Actor }>();
    const id = req.params.id;
    if (typeof id !== 'string' || !isUUID(id)) throw badField('id', 'isUUID');
    const { sheet, project, cycle } = await this.sheets.scope(this.db.manager, req.actor, id, false);
    if (!this.sheets.canEdit(req.actor, sheet, project, cycle)) throw forbidden();
    return true;
  }
}
