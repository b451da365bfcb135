import { Module } from '@nestjs/common';
import { UsersModule } from '../modules/users/users.module.js';
import { DemoCommitmentsSeeder } from './demo-commitments.seeder.js';
import { DemoSeeder } from './demo-seeder.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  imports: [UsersModule],
  providers: [DemoSeeder, DemoCommitmentsSeeder],
  exports: [DemoSeeder],
})
export class DemoSeedModule {}
