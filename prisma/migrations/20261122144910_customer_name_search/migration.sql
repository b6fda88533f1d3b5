-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "nameKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "nameWords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill: customers stored before these columns get every word of their search key as name words (a
-- superset of their name's, so every name search that found them still does); each gets its exact name
-- words the next time it is saved.
UPDATE "Customer" SET "nameWords" = string_to_array("searchKey", ' '), "nameKey" = ' ' || "searchKey" || ' ';

-- CreateIndex
CREATE INDEX "Company_searchKey_idx" ON "Company" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_companyId_idx" ON "Customer"("companyId");

-- CreateIndex
CREATE INDEX "Customer_nameWords_idx" ON "Customer" USING GIN ("nameWords");

-- CreateIndex
CREATE INDEX "Customer_nameKey_idx" ON "Customer" USING GIN ("nameKey" gin_trgm_ops);
