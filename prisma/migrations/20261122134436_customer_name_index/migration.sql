-- CreateIndex
CREATE INDEX "Customer_name_idx" ON "Customer"("name");
