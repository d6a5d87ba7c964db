/**
 * Small, pure text functions shared by several stages: slugs, excerpts for messages, word counts.
 * Nothing here touches the disk or holds state.
 */
package gloss.text;
