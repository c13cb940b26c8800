import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@kensho/domain';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../common/validation/decorators';

@InputType()
export class SignInInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.loginId) loginId: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.passwordMax) password: string;
}

@InputType()
export class UnlockUserInput {
  @Field(() => ID) @IsUUID() id: string;
}
