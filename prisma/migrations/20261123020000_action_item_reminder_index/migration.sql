-- CreateIndex
CREATE INDEX "ActionItem_status_reminded_dueDate_idx" ON "ActionItem"("status", "reminded", "dueDate");

