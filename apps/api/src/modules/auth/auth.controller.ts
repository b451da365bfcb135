import { Body, Controller, Get, Inject, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { loginSchema, type SessionView, type UserRef } from '@concordat/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { Public } from '../../platform/auth/public.decorator.js';
import { readSessionToken } from '../../platform/auth/read-session-token.js';
import { hashSessionToken, SESSION_COOKIE } from '../../platform/auth/session-token.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { LogInCommand } from './commands/log-in/log-in.command.js';
import { LogOutCommand } from './commands/log-out/log-out.command.js';
import { GetCurrentUserQuery } from './queries/get-current-user/get-current-user.query.js';
import { CurrentUserDocs, LogInDocs, LogOutDocs } from './auth.openapi.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.tokens.js';
import { LoginThrottlerGuard } from './login-throttler.guard.js';
import { sessionCookieOptions } from './session-cookie.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @LogInDocs()
  async login(
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionView> {
    const { email, password } = parseInput(loginSchema, body);
    const { session, expiresAt } = await this.commands.execute(new LogInCommand(email, password));
    void reply.setCookie(
      SESSION_COOKIE,
      session.accessToken,
      sessionCookieOptions(this.settings.cookieSecure, expiresAt),
    );
    return session;
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @LogOutDocs()
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = readSessionToken(request);
    if (token !== undefined)
      await this.commands.execute(new LogOutCommand(hashSessionToken(token)));
    void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.settings.cookieSecure));
  }

  @Get('me')
  @CurrentUserDocs()
  me(@CurrentUser() user: UserRef): Promise<UserRef> {
    return this.queries.execute(new GetCurrentUserQuery(user));
  }
}
