-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('pending', 'running', 'done', 'failed', 'cancelled');

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "cadenceDays" INTEGER[] DEFAULT ARRAY[3, 21, 90]::INTEGER[];

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "rfmFrequency" INTEGER,
ADD COLUMN     "rfmMonetary" INTEGER,
ADD COLUMN     "rfmRecency" INTEGER,
ADD COLUMN     "tierUpdatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "note" TEXT,
ADD COLUMN     "remindedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "aliases" TEXT[];

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "reminderSentAt" TIMESTAMP(3),
ADD COLUMN     "spend" DECIMAL(12,2),
ADD COLUMN     "surveyScore" INTEGER,
ADD COLUMN     "surveySentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "deadlineAt" TIMESTAMP(3),
ADD COLUMN     "escalatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Job" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "JobStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Job_dedupeKey_key" ON "Job"("dedupeKey");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");
