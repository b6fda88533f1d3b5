-- AlterEnum
ALTER TYPE "OutboundStatus" ADD VALUE 'unconfirmed';

-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN     "callStartedAt" TIMESTAMP(3);
