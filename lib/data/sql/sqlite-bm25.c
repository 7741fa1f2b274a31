/*
** atlas_bm25: FTS5's bm25 ranking function, unchanged except that it remembers each row's length in tokens.
**
** FTS5's bm25 reads a row's length from the %_docsize table with one SQL statement per row ranked. At 100k stories a
** word in a third of them is ranked on 33k rows, and those lookups were ~60% of the ranking's time. This function
** keeps the lengths it has read in an array indexed by rowid, one per connection, and forgets them all whenever the
** index changed since they were read. The scores are bm25's to the last bit: the code below is SQLite's (public
** domain, ext/fts5/fts5_aux.c of SQLite 3.49), with only the length lookup replaced and the column weights read
** once per query. lib/data/sql/sqlite-bm25.test.ts compares it with FTS5's own bm25 on random tables and writes.
**
**   atlas_bm25(fts_table, index_version, weight_1, ..., weight_n)
**
** index_version is any value that changes whenever the index does; lib/data/sql/sqlite-bm25.mjs passes the index's
** averages and structure records, read by a subquery in the ranking statement itself, so in the same snapshot as the
** rows it ranks. The structure record changes with every write to the index (each flush adds a segment and counts it),
** and the averages record with every row added or removed.
**
** Compiled by scripts/lib/run.mjs (compileSqliteExtension) against better-sqlite3's own SQLite headers, and loaded by
** lib/data/sql/sqlite-bm25.mjs.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include <math.h>
#include <string.h>

/* Rowids above this are ranked without remembering their length: the array would grow too large. */
#define MAX_REMEMBERED_ROWID (1 << 22)

/* One per connection: the lengths read since the index last changed (-1: not read), and the version they belong to. */
typedef struct LengthCache LengthCache;
struct LengthCache {
  int *aLength;
  sqlite3_int64 nLength;
  unsigned char *pVersion;
  int nVersion;
};

/* Per query, as in FTS5's bm25: computed on the first row, then kept as the cursor's auxiliary data. */
typedef struct Bm25Data Bm25Data;
struct Bm25Data {
  int nPhrase;   /* Number of phrases in query */
  double avgdl;  /* Average number of tokens in each row */
  double *aIDF;  /* IDF for each phrase */
  double *aFreq; /* Array used to calculate phrase freq. */
  int nWeight;   /* Number of column weights given */
  double *aWeight;
};

/* Counts the rows that match a phrase. */
static int countRows(const Fts5ExtensionApi *pApi, Fts5Context *pFts, void *pUserData) {
  (void)pApi;
  (void)pFts;
  (*(sqlite3_int64 *)pUserData)++;
  return SQLITE_OK;
}

/* Forgets every remembered length when the index is not the one they were read from. */
static int checkVersion(LengthCache *pCache, sqlite3_value *pVersion) {
  const unsigned char *p = (const unsigned char *)sqlite3_value_blob(pVersion);
  int n = sqlite3_value_bytes(pVersion);
  if (pCache->pVersion && n == pCache->nVersion && memcmp(p, pCache->pVersion, n) == 0) return SQLITE_OK;
  if (pCache->aLength) memset(pCache->aLength, 0xff, sizeof(int) * pCache->nLength);
  sqlite3_free(pCache->pVersion);
  pCache->pVersion = 0;
  pCache->nVersion = 0;
  if (n > 0) {
    pCache->pVersion = (unsigned char *)sqlite3_malloc(n);
    if (pCache->pVersion == 0) return SQLITE_NOMEM;
    memcpy(pCache->pVersion, p, n);
    pCache->nVersion = n;
  }
  return SQLITE_OK;
}

static int getData(const Fts5ExtensionApi *pApi, Fts5Context *pFts, LengthCache *pCache, int nVal, sqlite3_value **apVal,
                   Bm25Data **ppData) {
  int rc = SQLITE_OK;
  Bm25Data *p = (Bm25Data *)pApi->xGetAuxdata(pFts, 0);
  if (p == 0) {
    int nPhrase, nWeight = nVal - 1, i;
    sqlite3_int64 nRow = 0, nToken = 0, nByte;

    rc = checkVersion(pCache, apVal[0]);
    nPhrase = pApi->xPhraseCount(pFts);
    nByte = sizeof(Bm25Data) + (nPhrase * 2 + nWeight) * sizeof(double);
    p = (Bm25Data *)sqlite3_malloc64(nByte);
    if (p == 0) {
      rc = SQLITE_NOMEM;
    } else {
      memset(p, 0, (size_t)nByte);
      p->nPhrase = nPhrase;
      p->aIDF = (double *)&p[1];
      p->aFreq = &p->aIDF[nPhrase];
      p->nWeight = nWeight;
      p->aWeight = &p->aFreq[nPhrase];
      for (i = 0; i < nWeight; i++) p->aWeight[i] = sqlite3_value_double(apVal[i + 1]);
    }

    /* Calculate the average document length for this FTS5 table */
    if (rc == SQLITE_OK) rc = pApi->xRowCount(pFts, &nRow);
    if (rc == SQLITE_OK) rc = pApi->xColumnTotalSize(pFts, -1, &nToken);
    if (rc == SQLITE_OK) p->avgdl = (double)nToken / (double)nRow;

    /* Calculate an IDF for each phrase in the query (bm25's minimum of 1e-6 included) */
    for (i = 0; rc == SQLITE_OK && i < nPhrase; i++) {
      sqlite3_int64 nHit = 0;
      rc = pApi->xQueryPhrase(pFts, i, (void *)&nHit, countRows);
      if (rc == SQLITE_OK) {
        double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
        if (idf <= 0.0) idf = 1e-6;
        p->aIDF[i] = idf;
      }
    }

    if (rc != SQLITE_OK) {
      sqlite3_free(p);
    } else {
      rc = pApi->xSetAuxdata(pFts, p, sqlite3_free);
    }
    if (rc != SQLITE_OK) p = 0;
  }
  *ppData = p;
  return rc;
}

/* The row's length in tokens: remembered, or read as bm25 reads it and then remembered. */
static int rowLength(const Fts5ExtensionApi *pApi, Fts5Context *pFts, LengthCache *pCache, int *pnToken) {
  sqlite3_int64 iRowid = pApi->xRowid(pFts);
  int rc;
  if (iRowid >= 0 && iRowid < pCache->nLength && pCache->aLength[iRowid] >= 0) {
    *pnToken = pCache->aLength[iRowid];
    return SQLITE_OK;
  }
  rc = pApi->xColumnSize(pFts, -1, pnToken);
  if (rc != SQLITE_OK || iRowid < 0 || iRowid >= MAX_REMEMBERED_ROWID) return rc;
  if (iRowid >= pCache->nLength) {
    sqlite3_int64 n = pCache->nLength ? pCache->nLength : 1024;
    int *a;
    while (n <= iRowid) n *= 2;
    a = (int *)sqlite3_realloc64(pCache->aLength, sizeof(int) * n);
    if (a == 0) return SQLITE_OK; /* not remembered, still ranked */
    memset(&a[pCache->nLength], 0xff, sizeof(int) * (n - pCache->nLength));
    pCache->aLength = a;
    pCache->nLength = n;
  }
  pCache->aLength[iRowid] = *pnToken;
  return SQLITE_OK;
}

static void atlasBm25(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx, int nVal,
                      sqlite3_value **apVal) {
  const double k1 = 1.2; /* Constant "k1" from BM25 formula */
  const double b = 0.75; /* Constant "b" from BM25 formula */
  LengthCache *pCache = (LengthCache *)pApi->xUserData(pFts);
  int rc, i, nInst = 0;
  double score = 0.0, D = 0.0, *aFreq = 0;
  Bm25Data *pData;

  if (nVal < 1) {
    sqlite3_result_error(pCtx, "atlas_bm25: the index version argument is missing", -1);
    return;
  }
  rc = getData(pApi, pFts, pCache, nVal, apVal, &pData);
  if (rc == SQLITE_OK) {
    aFreq = pData->aFreq;
    memset(aFreq, 0, sizeof(double) * pData->nPhrase);
    rc = pApi->xInstCount(pFts, &nInst);
  }
  for (i = 0; rc == SQLITE_OK && i < nInst; i++) {
    int ip, ic, io;
    rc = pApi->xInst(pFts, i, &ip, &ic, &io);
    if (rc == SQLITE_OK) aFreq[ip] += (pData->nWeight > ic) ? pData->aWeight[ic] : 1.0;
  }

  /* Figure out the total size of the current row in tokens. */
  if (rc == SQLITE_OK) {
    int nToken;
    rc = rowLength(pApi, pFts, pCache, &nToken);
    D = (double)nToken;
  }

  if (rc == SQLITE_OK) {
    for (i = 0; i < pData->nPhrase; i++) {
      score += pData->aIDF[i] * ((aFreq[i] * (k1 + 1.0)) / (aFreq[i] + k1 * (1 - b + b * D / pData->avgdl)));
    }
    sqlite3_result_double(pCtx, -1.0 * score);
  } else {
    sqlite3_result_error_code(pCtx, rc);
  }
}

static void freeCache(void *p) {
  LengthCache *pCache = (LengthCache *)p;
  sqlite3_free(pCache->aLength);
  sqlite3_free(pCache->pVersion);
  sqlite3_free(pCache);
}

int sqlite3_atlasbm25_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
  fts5_api *pFts5 = 0;
  sqlite3_stmt *pStmt = 0;
  LengthCache *pCache;
  SQLITE_EXTENSION_INIT2(pApi);

  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0) == SQLITE_OK) {
    sqlite3_bind_pointer(pStmt, 1, (void *)&pFts5, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
  }
  sqlite3_finalize(pStmt);
  if (pFts5 == 0) {
    *pzErrMsg = sqlite3_mprintf("atlas_bm25 needs FTS5");
    return SQLITE_ERROR;
  }
  pCache = (LengthCache *)sqlite3_malloc(sizeof(LengthCache));
  if (pCache == 0) return SQLITE_NOMEM;
  memset(pCache, 0, sizeof(LengthCache));
  return pFts5->xCreateFunction(pFts5, "atlas_bm25", pCache, atlasBm25, freeCache);
}
