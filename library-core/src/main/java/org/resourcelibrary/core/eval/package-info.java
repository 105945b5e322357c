/**
 * Measuring search quality: a test collection (documents, queries, TREC relevance judgments) is indexed
 * with the product's analysis and searched with the product's ranking, and nDCG@10, MAP and Recall@100
 * are computed as trec_eval does.
 */
package org.resourcelibrary.core.eval;
